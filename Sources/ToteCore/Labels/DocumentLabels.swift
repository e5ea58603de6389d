/// The printed words of the packing slip and the pick list, in one language: the documents
/// take them as data so the shop's language (config `[documents] language`) reaches paper
/// without ToteCore holding translations. The shipping label does not use them: it stays in
/// the carrier's form.
///
/// `moreLines` and `carton` hold `{count}`/`{units}` and `{number}`/`{of}` placeholders.
public struct DocumentLabels: Equatable, Sendable {
    public var packingSlip: String
    public var pickList: String
    public var order: String
    public var date: String
    /// e.g. "CARTON {number} of {of}".
    public var carton: String
    public var shipTo: String
    public var quantity: String
    public var item: String
    public var price: String
    public var bin: String
    public var skuItem: String
    /// e.g. "+ {count} more lines ({units} units)".
    public var moreLines: String
    /// e.g. "{units} units".
    public var units: String
    public var total: String
    public var giftMessage: String
    /// Decimal separator and date order of prices and dates on the documents.
    public var format: LocalFormat

    public init(packingSlip: String, pickList: String, order: String, date: String, carton: String, shipTo: String,
                quantity: String, item: String, price: String, bin: String, skuItem: String, moreLines: String,
                units: String, total: String, giftMessage: String, format: LocalFormat) {
        self.packingSlip = packingSlip
        self.pickList = pickList
        self.order = order
        self.date = date
        self.carton = carton
        self.shipTo = shipTo
        self.quantity = quantity
        self.item = item
        self.price = price
        self.bin = bin
        self.skuItem = skuItem
        self.moreLines = moreLines
        self.units = units
        self.total = total
        self.giftMessage = giftMessage
        self.format = format
    }

    /// The documents as they always printed.
    public static let english = DocumentLabels(
        packingSlip: "PACKING SLIP", pickList: "PICK LIST", order: "ORDER", date: "DATE", carton: "CARTON {number} of {of}",
        shipTo: "SHIP TO:", quantity: "QTY", item: "ITEM", price: "PRICE", bin: "BIN", skuItem: "SKU / ITEM",
        moreLines: "+ {count} more lines ({units} units)", units: "{units} units", total: "TOTAL",
        giftMessage: "GIFT MESSAGE", format: LocalFormat(.en))
}
