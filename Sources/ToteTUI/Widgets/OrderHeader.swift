import ToteCore

/// The two header rows of the pick and pack screens: which order, for whom, how urgent.
struct OrderHeader {
    let strings: Strings
    let utcOffset: Int

    /// - Parameter link: the store's link; while offline its banner sits left of `progress`.
    func render(_ order: Order, screenTitle: String, progress: String, now: Int64, flags: OrderFlags = OrderFlags(),
                link: StoreLink = StoreLink(), into grid: inout Grid, area: Rect) {
        grid.fill(area.row(0), role: .title)
        var x = grid.put(" " + strings.text(.appName) + " · " + screenTitle + " ", x: area.x, y: area.y, role: .title)
        x += grid.put(order.number + " ", x: area.x + x, y: area.y, role: .title)
        let progressWidth = grid.putRight(progress + " ", right: area.x + area.width, y: area.y, maxWidth: 12, role: .title)
        LinkBanner(strings: strings).renderRight(link, right: area.x + area.width - progressWidth, y: area.y, into: &grid)
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
