/// Where carton SSCCs come from: the warehouse's GS1 company prefix and a serial range.
public struct SSCCConfig: Equatable, Sendable {
    /// Extension digit 0–9 (the packer's choice; 0 is usual).
    public var extensionDigit: Int
    /// GS1 company prefix, 7–10 digits.
    public var companyPrefix: String
    /// Serial references Tote may issue, inclusive.
    public var serialRange: ClosedRange<Int64>

    public init(extensionDigit: Int, companyPrefix: String, serialRange: ClosedRange<Int64>) {
        self.extensionDigit = extensionDigit
        self.companyPrefix = companyPrefix
        self.serialRange = serialRange
    }

    /// The account key the serial store uses: extension digit + prefix.
    public var account: String { String(extensionDigit) + companyPrefix }

    /// The SSCC-18 for serial reference `serial`, or nil when out of range.
    public func sscc(serial: Int64) -> String? {
        guard serialRange.contains(serial) else { return nil }
        return TrackingFormat.sscc.number(account: account, serviceCode: "", serial: serial)
    }
}
