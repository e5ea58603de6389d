/// The parsed `config/cartons.toml`: the boxes the station stocks and the weight tolerance.
public struct CartonConfig: Equatable, Sendable {
    /// In file order.
    public var cartons: [Carton]
    public var tolerance: WeightTolerance

    public init(cartons: [Carton] = [], tolerance: WeightTolerance = WeightTolerance()) {
        self.cartons = cartons
        self.tolerance = tolerance
    }

    public var planner: CartonPlanner { CartonPlanner(cartons: cartons) }

    /// Parses `config/cartons.toml`: `[[carton]]` blocks (name, barcode, inner_mm = [l, w, h],
    /// tare_g, max_weight_g, branded) and an optional `[weight]` section (tolerance_g, tolerance_percent).
    /// - Throws: `ConfigError` (`file:line: reason`) for syntax errors, unknown keys, missing or
    ///   non-positive sizes and weights, and duplicate names or barcodes.
    public static func parse(_ text: String, file: String) throws(ConfigError) -> CartonConfig {
        let root = try TOMLParser.parse(text, file: file)
        let r = RuleFileReader(file: file)
        try r.checkKeys(root, known: ["carton", "weight"], in: "the file (sections are [[carton]] and [weight])")
        var config = CartonConfig()
        if let v = root["weight"] {
            let t = try r.table(v, "weight", example: "[weight] with tolerance_g = 50")
            try r.checkKeys(t, known: ["tolerance_g", "tolerance_percent"], in: "[weight]")
            if let x = t["tolerance_g"] { config.tolerance.absoluteGrams = try r.int(x, "tolerance_g", min: 0) }
            if let x = t["tolerance_percent"] {
                let p = try r.number(x, "tolerance_percent")
                guard p >= 0, p <= 100 else { throw r.error(x.line, "tolerance_percent must be between 0 and 100 (got \(x.snippet))") }
                config.tolerance.percent = p
            }
        }
        guard let v = root["carton"] else { return config }
        guard let array = v.arrayValue else { throw r.error(v.line, "cartons are written [[carton]] (two brackets), one block per box") }
        var names: [String: Int] = [:], barcodes: [String: Int] = [:]
        for item in array {
            let t = try r.table(item, "carton", example: "[[carton]]")
            let line = item.line
            try r.checkKeys(t, known: ["name", "barcode", "inner_mm", "tare_g", "max_weight_g", "branded"], in: "[[carton]]")
            func need(_ key: String, _ example: String) throws(ConfigError) -> TOMLValue {
                guard let x = t[key] else { throw r.error(line, "this [[carton]] has no \(key); add e.g. \(key) = \(example)") }
                return x
            }
            let name = try r.nonEmptyString(try need("name", "\"M\""), "name")
            let barcodeValue = try need("barcode", "\"BOX-M\"")
            let barcode = try r.nonEmptyString(barcodeValue, "barcode").uppercased()
            let dimsValue = try need("inner_mm", "[300, 200, 150]")
            guard let dims = dimsValue.arrayValue, dims.count == 3 else {
                throw r.error(dimsValue.line, "inner_mm must be three integers [length, width, height] in millimetres (got \(dimsValue.snippet))")
            }
            var sides: [Int] = []
            for d in dims { sides.append(try r.int(d, "inner_mm", min: 1)) }
            let tare = try r.int(try need("tare_g", "150"), "tare_g", min: 0)
            let maxValue = try need("max_weight_g", "10000")
            let maxWeight = try r.int(maxValue, "max_weight_g", min: 1)
            guard maxWeight > tare else {
                throw r.error(maxValue.line, "max_weight_g (\(maxWeight)) must be more than tare_g (\(tare)): the box could hold nothing")
            }
            let branded = try t["branded"].map { (x) throws(ConfigError) in try r.bool(x, "branded") } ?? false
            if let first = names[name] { throw r.error(t["name"]!.line, "carton name \"\(name)\" is already used on line \(first)") }
            if let first = barcodes[barcode] {
                throw r.error(barcodeValue.line, "carton barcode \"\(barcode)\" is already used on line \(first)")
            }
            names[name] = line
            barcodes[barcode] = line
            config.cartons.append(Carton(name: name, barcode: barcode,
                                         inner: Dimensions(length: sides[0], width: sides[1], height: sides[2]),
                                         tareGrams: tare, maxWeightGrams: maxWeight, branded: branded))
        }
        return config
    }
}
