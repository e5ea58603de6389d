/// Numbers, dates and times written the way a language's readers expect: a decimal comma in
/// Romanian, French and Swedish, day before month where they put it, and always 24-hour
/// times. Units (m, kg, g) are never translated.
///
/// Pure arithmetic, no Foundation locale: a screen renders the same on every machine.
public struct LocalFormat: Equatable, Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    /// "." in English and Korean, "," in Romanian, French and Swedish.
    public var decimalSeparator: String {
        switch language {
        case .en, .ko: return "."
        case .ro, .fr, .sv: return ","
        }
    }

    /// `value` rounded to `digits` decimals (0–6), e.g. `12,5` in French for 12.46 with 1 digit.
    /// Non-finite values give "–".
    public func decimal(_ value: Double, digits: Int = 1) -> String {
        guard value.isFinite else { return "–" }
        let d = max(0, min(6, digits))
        var scale = 1.0
        for _ in 0..<d { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e15 else { return String(Int(value)) }
        let whole = Int64(scaled) / Int64(scale)
        let sign = value < 0 && scaled > 0 ? "-" : ""
        guard d > 0 else { return sign + String(whole) }
        var fraction = String(Int64(scaled) % Int64(scale))
        while fraction.count < d { fraction = "0" + fraction }
        return sign + String(whole) + decimalSeparator + fraction
    }

    /// A distance in metres: to the tenth below 10 m (`7,5 m`, but `7 m` for a whole number),
    /// whole metres above (`24 m`).
    public func metres(_ value: Double) -> String {
        guard value.isFinite else { return "– m" }
        let tenths = (abs(value) * 10).rounded()
        let whole = abs(value) >= 9.95 || tenths.truncatingRemainder(dividingBy: 10) == 0
        return (whole ? decimal(value, digits: 0) : decimal(value, digits: 1)) + " m"
    }

    /// A weight: grams below a kilogram (`350 g`), else kilograms with two decimals (`1,25 kg`).
    public func weight(grams: Int) -> String {
        abs(grams) < 1000 ? "\(grams) g" : decimal(Double(grams) / 1000, digits: 2) + " kg"
    }

    /// Money from minor units (hundredths): `12.34` or `12,34`.
    public func money(minor: Int) -> String {
        let v = abs(minor)
        let cents = v % 100
        return (minor < 0 ? "-" : "") + "\(v / 100)" + decimalSeparator + (cents < 10 ? "0" : "") + "\(cents)"
    }

    /// A day and month without the year, as on a ship-by column: `11-28` (en), `28.11` (ro),
    /// `28/11` (fr, sv), `11.28` (ko).
    public func dayMonth(month: Int, day: Int) -> String {
        switch language {
        case .en: return Self.two(month) + "-" + Self.two(day)
        case .ro: return Self.two(day) + "." + Self.two(month)
        case .fr, .sv: return Self.two(day) + "/" + Self.two(month)
        case .ko: return Self.two(month) + "." + Self.two(day)
        }
    }

    /// A whole date: `2026-11-27` (en, sv), `27.11.2026` (ro), `27/11/2026` (fr), `2026.11.27` (ko).
    public func date(year: Int, month: Int, day: Int) -> String {
        switch language {
        case .en, .sv: return "\(year)-" + Self.two(month) + "-" + Self.two(day)
        case .ro: return Self.two(day) + "." + Self.two(month) + ".\(year)"
        case .fr: return Self.two(day) + "/" + Self.two(month) + "/\(year)"
        case .ko: return "\(year)." + Self.two(month) + "." + Self.two(day)
        }
    }

    /// The date of `day` as `date(year:month:day:)` writes it.
    public func date(_ day: CalendarDay) -> String {
        let (y, m, d) = day.civil
        return date(year: y, month: m, day: d)
    }

    /// A 24-hour clock time, `16:05`, in every language.
    public func time(hour: Int, minute: Int) -> String { Self.two(hour) + ":" + Self.two(minute) }

    private static func two(_ n: Int) -> String { n < 10 && n >= 0 ? "0\(n)" : "\(n)" }
}
