/// The tracking-number formats Tote generates locally, each with the carrier's own check digit.
///
/// Every format is a pure function of the account, the service code and a serial number; the
/// store hands out serials (`TrackingSerialStore`) so no number is ever issued twice.
public enum TrackingFormat: String, Sendable, CaseIterable, Equatable {
    /// UPS `1Z` + 6-character shipper number + 2-digit service code + 7-digit package serial
    /// + mod-10 check digit (18 characters).
    case ups
    /// USPS Intelligent Mail package barcode, 22 digits: `92` + 3-digit service type code
    /// + 9-digit mailer id + 7-digit serial + mod-10 check digit.
    case usps
    /// FedEx 12 digits: account digit prefix + serial (11 digits together) + mod-11 check
    /// digit (weights 1, 3, 7 from the right; remainder 10 counts as 0).
    case fedex
    /// UPU S10 (postal operators: PostNord, DHL eCommerce, national posts): 2-letter service
    /// indicator + 8-digit serial + mod-11 check digit (weights 8 6 4 2 3 5 9 7) + ISO country.
    case s10
    /// GS1 SSCC-18: extension digit + company prefix + serial reference + GS1 mod-10 check.
    case sscc

    /// Largest serial the format can hold for `account` (serial digits depend on the account).
    public func maxSerial(account: String) -> Int64 {
        switch self {
        case .ups, .usps: return 9_999_999
        case .fedex: return Self.power10(max(11 - account.count, 0)) - 1
        case .s10: return 99_999_999
        case .sscc: return Self.power10(max(17 - account.count, 0)) - 1
        }
    }

    /// The tracking number for `serial`, or nil when `serial` is out of range for `account`.
    /// - Parameters:
    ///   - account: ups: 6 letters/digits; usps: 9-digit mailer id; fedex: 0–10 digit prefix;
    ///     s10: 2 letters then 2-letter ISO country (`LXSE`); sscc: extension digit + company prefix.
    ///   - serviceCode: ups: 2 digits; usps: 3-digit service type code; ignored by the others.
    public func number(account: String, serviceCode: String, serial: Int64) -> String? {
        guard serial >= 0, serial <= maxSerial(account: account) else { return nil }
        switch self {
        case .ups:
            let body = account + serviceCode + Self.padded(serial, 7)
            guard let check = TrackingCheckDigit.ups(body) else { return nil }
            return "1Z" + body + String(check)
        case .usps:
            let body = "92" + serviceCode + account + Self.padded(serial, 7)
            guard let check = GS1CheckDigit.compute(body) else { return nil }
            return body + String(check)
        case .fedex:
            let body = account + Self.padded(serial, 11 - account.count)
            guard let check = TrackingCheckDigit.fedex(body) else { return nil }
            return body + String(check)
        case .s10:
            let indicator = String(account.prefix(2)), country = String(account.dropFirst(2))
            let digits = Self.padded(serial, 8)
            guard let check = TrackingCheckDigit.s10(digits) else { return nil }
            return indicator + digits + String(check) + country
        case .sscc:
            let body = account + Self.padded(serial, 17 - account.count)
            return GS1CheckDigit.appending(to: body)
        }
    }

    /// Why `account` cannot be used with this format, or nil when it can.
    public func accountProblem(_ account: String) -> String? {
        let digits = account.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
        let upperAlnum = account.utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) }
        switch self {
        case .ups:
            return account.utf8.count == 6 && upperAlnum ? nil : "a UPS shipper number is 6 capital letters or digits, e.g. \"999AA1\""
        case .usps:
            return account.utf8.count == 9 && digits ? nil : "a USPS mailer id (MID) here is 9 digits, e.g. \"012345678\""
        case .fedex:
            return account.utf8.count <= 6 && digits ? nil : "a FedEx prefix is 0–6 digits, e.g. \"79\""
        case .s10:
            let letters = account.utf8.allSatisfy { $0 >= 65 && $0 <= 90 }
            return account.utf8.count == 4 && letters ? nil : "an S10 account is the 2-letter service indicator then the 2-letter country, e.g. \"LXSE\""
        case .sscc:
            return (8...11).contains(account.utf8.count) && digits ? nil
                : "an SSCC account is the extension digit then the 7–10 digit GS1 company prefix, e.g. \"00614141\""
        }
    }

    /// Why `code` cannot be a service code of this format, or nil when it can.
    public func serviceCodeProblem(_ code: String) -> String? {
        let digits = code.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
        switch self {
        case .ups: return code.utf8.count == 2 && digits ? nil : "a UPS service code is 2 digits, e.g. \"03\" (Ground)"
        case .usps: return code.utf8.count == 3 && digits ? nil : "a USPS service type code is 3 digits, e.g. \"001\""
        default: return nil
        }
    }

    static func padded(_ n: Int64, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    static func power10(_ e: Int) -> Int64 {
        var r: Int64 = 1
        for _ in 0..<min(e, 18) { r *= 10 }
        return r
    }
}
