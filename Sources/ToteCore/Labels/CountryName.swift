/// English country names for the destination line, as carriers print them for international mail.
enum CountryName {
    private static let names: [String: String] = [
        "AT": "AUSTRIA", "AU": "AUSTRALIA", "BE": "BELGIUM", "BG": "BULGARIA", "CA": "CANADA",
        "CH": "SWITZERLAND", "CN": "CHINA", "CZ": "CZECHIA", "DE": "GERMANY", "DK": "DENMARK",
        "EE": "ESTONIA", "ES": "SPAIN", "FI": "FINLAND", "FR": "FRANCE", "GB": "UNITED KINGDOM",
        "GR": "GREECE", "HU": "HUNGARY", "IE": "IRELAND", "IS": "ICELAND", "IT": "ITALY",
        "JP": "JAPAN", "KR": "KOREA, REPUBLIC OF", "LT": "LITHUANIA", "LU": "LUXEMBOURG", "LV": "LATVIA",
        "MD": "MOLDOVA", "MX": "MEXICO", "NL": "NETHERLANDS", "NO": "NORWAY", "NZ": "NEW ZEALAND",
        "PL": "POLAND", "PT": "PORTUGAL", "RO": "ROMANIA", "SE": "SWEDEN", "SK": "SLOVAKIA",
        "SI": "SLOVENIA", "TW": "TAIWAN", "US": "UNITED STATES",
    ]

    /// The name for an ISO 3166-1 alpha-2 code, or the code itself when it is not in the table.
    static func english(_ code: String) -> String {
        names[code.uppercased()] ?? code.uppercased()
    }
}
