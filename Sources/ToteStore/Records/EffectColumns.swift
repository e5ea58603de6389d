import ToteCore

/// A `ScanRecord.Effect` spread over the scan log's `effect*` columns, and back.
struct EffectColumns: Equatable {
    var name: String?
    var line: Int?
    var units: Int?
    var key: String?
    var text: String?
    var note: String?

    init(name: String?, line: Int?, units: Int?, key: String?, text: String?, note: String?) {
        self.name = name
        self.line = line
        self.units = units
        self.key = key
        self.text = text
        self.note = note
    }

    init(_ effect: ScanRecord.Effect?) {
        switch effect {
        case nil: self.init(name: nil, line: nil, units: nil, key: nil, text: nil, note: nil)
        case .pick(let l): self.init(name: "pick", line: l, units: nil, key: nil, text: nil, note: nil)
        case .pack(let l): self.init(name: "pack", line: l, units: nil, key: nil, text: nil, note: nil)
        case .unpack(let l): self.init(name: "unpack", line: l, units: nil, key: nil, text: nil, note: nil)
        case .packUnits(let l, let u): self.init(name: "pack_units", line: l, units: u, key: nil, text: nil, note: nil)
        case .check(let k, let u, let of): self.init(name: "check", line: of, units: u, key: k, text: nil, note: nil)
        case .carton(let k, let code): self.init(name: "carton", line: nil, units: nil, key: k, text: code, note: nil)
        case .override(let k, let by, let why): self.init(name: "override", line: nil, units: nil, key: k, text: by, note: why)
        case .weight(let g): self.init(name: "weight", line: nil, units: g, key: nil, text: nil, note: nil)
        case .service(let id): self.init(name: "service", line: nil, units: nil, key: nil, text: id, note: nil)
        }
    }

    /// Outer nil: the row has no effect. Inner nil (`.some(nil)`): columns that name no known effect.
    var effect: ScanRecord.Effect?? {
        guard let name else { return .some(nil) }
        switch (name, line, units, key) {
        case ("pick", let l?, _, _): return .pick(line: l)
        case ("pack", let l?, _, _): return .pack(line: l)
        case ("unpack", let l?, _, _): return .unpack(line: l)
        case ("pack_units", let l?, let u?, _): return .packUnits(line: l, units: u)
        case ("check", let of?, let u?, let k?): return .check(key: k, units: u, of: of)
        case ("carton", _, _, let k?): return .carton(key: k, code: text)
        case ("override", _, _, let k?): return .override(key: k, by: text, reason: note)
        case ("weight", _, let g, _): return .weight(grams: g)
        case ("service", _, _, _): return .service(id: text)
        default: return nil
        }
    }
}
