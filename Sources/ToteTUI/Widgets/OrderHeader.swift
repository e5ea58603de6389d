import ToteCore

/// The two header rows of the pick and pack screens: which order, for whom, how urgent.
struct OrderHeader {
    let strings: Strings
    let utcOffset: Int

    func render(_ order: Order, screenTitle: String, progress: String, now: Int64, flags: OrderFlags = OrderFlags(),
                into grid: inout Grid, area: Rect) {
        grid.fill(area.row(0), role: .title)
        var x = grid.put(" " + strings.text(.appName) + " · " + screenTitle + " ", x: area.x, y: area.y, role: .title)
        x += grid.put(order.number + " ", x: area.x + x, y: area.y, role: .title)
        grid.putRight(progress + " ", right: area.x + area.width, y: area.y, maxWidth: 12, role: .title)
        let shipBy = TimeText.shipBy(order.shipBy, now: now, utcOffset: utcOffset, format: strings.format)
        let detail = " " + order.shipTo.name + " · " + order.shipTo.city + ", " + order.shipTo.country + " · "
            + strings.service(order.service) + " · " + order.carrier + " · " + strings.text(.colShipBy) + " " + shipBy
        var markWidth = 0
        if flags.changedWhileClaimedAt != nil {
            markWidth = grid.putRight("⚠ " + strings.text(.changedMark) + " ", right: area.x + area.width, y: area.y + 1,
                                      maxWidth: area.width / 3, role: .warning)
        }
        grid.put(detail, x: area.x, y: area.y + 1, maxWidth: area.width - markWidth, role: .normal)
    }
}
