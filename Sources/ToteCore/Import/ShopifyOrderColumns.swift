/// The Shopify orders export columns Tote reads. Other columns are ignored.
enum ShopifyOrderColumns {
    static let name = "Name", email = "Email", financialStatus = "Financial Status", paidAt = "Paid at"
    static let fulfillmentStatus = "Fulfillment Status", currency = "Currency", shippingMethod = "Shipping Method"
    static let createdAt = "Created at", quantity = "Lineitem quantity", lineName = "Lineitem name"
    static let price = "Lineitem price", sku = "Lineitem sku", requiresShipping = "Lineitem requires shipping"
    static let lineFulfillment = "Lineitem fulfillment status"
    static let shipName = "Shipping Name", street = "Shipping Street", address1 = "Shipping Address1"
    static let address2 = "Shipping Address2", company = "Shipping Company", city = "Shipping City"
    static let zip = "Shipping Zip", province = "Shipping Province", country = "Shipping Country"
    static let phone = "Shipping Phone", notes = "Notes", noteAttributes = "Note Attributes"
    static let cancelledAt = "Cancelled at", tags = "Tags", source = "Source"
    /// Not in Shopify's export; read when present (exports from other tools add it).
    static let barcode = "Lineitem barcode"

    /// Without these the file is not a Shopify orders export.
    static let required = [name, createdAt, quantity, lineName, sku]
}
