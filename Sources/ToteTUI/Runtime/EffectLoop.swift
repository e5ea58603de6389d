/// The reduce–run cycle both full-screen apps share: an event goes through the reducer, each
/// effect it asks for is either a terminal request (beep, quit) or run at the edge, and the
/// events that running produces go round again until none is left.
enum EffectLoop {
    /// Returns the terminal requests in the order the reducer made them.
    static func drain<Event, Effect>(_ event: Event, reduce: (Event) -> [Effect],
                                     request: (Effect) -> TerminalRequest?,
                                     run: (Effect) -> [Event]) -> [TerminalRequest] {
        var requests: [TerminalRequest] = []
        var pending = [event]
        while !pending.isEmpty {
            for effect in reduce(pending.removeFirst()) {
                if let r = request(effect) {
                    requests.append(r)
                } else {
                    pending += run(effect)
                }
            }
        }
        return requests
    }
}
