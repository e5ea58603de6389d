import ToteCore

/// ToteCore's refusals and checks carry English `message`s for logs and the CLI; on the station
/// they are shown through string keys, so a packer reads them in the station's language.
extension Strings {
    /// What is wrong with a scan, for the status line.
    public func scanIssue(_ issue: ScanIssue) -> String {
        switch issue {
        case .checkDigit(let code, _, _): return text(.scanCheckDigit, ["code": code])
        case .unknownProduct(let gtin): return text(.issueUnknownProduct, ["code": gtin.digits])
        case .elementString(let error): return gs1(error)
        case .missingGTIN: return text(.issueMissingGTIN)
        case .conflictingGTINs: return text(.issueConflictingGTINs)
        case .badCount(let ai, let value): return text(.issueBadCount, ["ai": ai, "value": value])
        case .tooLong(let bytes): return text(.issueTooLong, ["bytes": String(bytes)])
        case .empty: return text(.issueEmpty)
        case .unknownCode: return text(.issueUnknownCode)
        }
    }

    private func gs1(_ error: GS1ParseError) -> String {
        switch error {
        case .checkDigit(let ai, let value, _, _): return text(.issueGS1CheckDigit, ["ai": ai, "code": value])
        case .badDate(let ai, let value, _): return text(.issueGS1BadDate, ["ai": ai, "value": value])
        case .valueTooLong(let ai, _): return text(.issueGS1TooLong, ["ai": ai])
        case .missingValue(let ai), .valueTooShort(let ai, _, _), .badCharacter(let ai, _, _), .duplicateAI(let ai):
            return text(.issueGS1Invalid, ["ai": ai])
        case .unknownAI(let digits, _): return text(.issueGS1Invalid, ["ai": digits.isEmpty ? "?" : digits])
        case .empty: return text(.issueEmpty)
        }
    }

    /// Why the pack checklist refused an input.
    /// - Parameters:
    ///   - itemName: the checklist item's name by id (`PackPlan.items`).
    ///   - skuName: the catalogue name of a SKU, for "not on this order".
    public func packRefusal(_ refusal: PackRefusal, itemName: (Int) -> String = { String($0) },
                            skuName: (String) -> String = { _ in "" }) -> String {
        switch refusal {
        case .notOnOrder(let sku): return text(.scanNotOnOrder, ["sku": sku, "name": skuName(sku)])
        case .overScan(let name, let have, let of):
            return text(.packOverScan, ["sku": name, "have": String(have), "need": String(of)])
        case .unknownBarcode(let code): return text(.refusalUnknownBarcode, ["code": code])
        case .scanRequired(let item): return text(.packScanRequired, ["item": itemName(item)])
        case .scanOneFirst(let item): return text(.packScanOneFirst, ["item": itemName(item)])
        case .alreadyDone(let item): return text(.packAlreadyDone, ["item": itemName(item)])
        case .noSuchItem: return text(.packNothingToOverride)
        case .noCartonNeeded: return text(.refusalNoCartonNeeded)
        case .carton(let check): return cartonCheck(check)
        case .overrideIncomplete: return text(.refusalOverrideIncomplete)
        case .nothingToUndo: return text(.packNothingToUndo)
        }
    }

    /// Whether a scanned carton takes the load.
    public func cartonCheck(_ check: CartonCheck) -> String {
        switch check {
        case .fits: return text(.cartonFits)
        case .unknownCarton(let code): return text(.cartonUnknown, ["code": code])
        case .tooSmall(let carton, let sku): return text(.cartonTooSmall, ["carton": carton, "sku": sku])
        case .tooHeavy(let carton, let grams, let maxGrams):
            return text(.cartonTooHeavy, ["carton": carton, "max": format.weight(grams: maxGrams),
                                          "weight": format.weight(grams: grams)])
        case .notBranded(let carton): return text(.cartonNotBranded, ["carton": carton])
        }
    }

    /// A weighed parcel against what it should weigh.
    public func weightCheck(_ check: WeightCheck) -> String {
        switch check {
        case .ok(let expected, let measured, _):
            return text(.weightOK, ["measured": format.weight(grams: measured), "expected": format.weight(grams: expected)])
        case .recount(let expected, let measured, let difference, let allowed):
            return text(difference > 0 ? .weightOver : .weightUnder, [
                "measured": format.weight(grams: measured), "difference": format.weight(grams: abs(difference)),
                "expected": format.weight(grams: expected), "allowed": format.weight(grams: allowed)])
        }
    }

    /// The printed words of the packing slip and pick list in this language.
    public var documentLabels: DocumentLabels {
        DocumentLabels(packingSlip: text(.docPackingSlip), pickList: text(.docPickList), order: text(.docOrder),
                       date: text(.docDate), carton: template(.docCarton), shipTo: text(.docShipTo),
                       quantity: text(.docQty), item: text(.docItem), price: text(.docPrice), bin: text(.docBin),
                       skuItem: text(.docSkuItem), moreLines: template(.docMoreLines), units: template(.docUnits),
                       total: text(.docTotal), giftMessage: text(.docGiftMessage), format: format)
    }

    /// The text of `key` with its placeholders left in, for a builder that fills them later.
    func template(_ key: StringKey) -> String { text(key) }
}
