/// The station's screens, in the order a packer moves through them.
public enum Screen: Equatable, Sendable { case queue, pick, pack }
