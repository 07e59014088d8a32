/// Why a panel cannot be suggested as asked.
public enum PanelError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The panel size is below 1.
    case sizeTooSmall(Int)
    /// An actor to include or exclude is not on the map.
    case unknownActor(String)
    /// An actor to include did not consent to be named, so is never suggested.
    case noConsent(String)
    /// An actor is both to be included and excluded.
    case includedAndExcluded(String)
    /// More actors must be included than the panel holds.
    case tooManyRequired(required: Int, size: Int)
    /// The actors to include put more people from one group on the panel than the cap allows.
    case groupCapExceeded(group: String, required: Int, cap: Int)
    /// The per-group cap is below 1.
    case capTooSmall(Int)

    public var description: String {
        switch self {
        case .sizeTooSmall(let size): "the panel size must be at least 1, not \(size)"
        case .unknownActor(let id): "no actor has the id \"\(id)\""
        case .noConsent(let id): "actor \"\(id)\" did not consent to be named, so is never put on a panel"
        case .includedAndExcluded(let id): "actor \"\(id)\" is both required and excluded"
        case let .tooManyRequired(required, size): "\(required) actors are required but the panel holds \(size)"
        case let .groupCapExceeded(group, required, cap): "\(required) required actors are in \(group), above the cap of \(cap) per group"
        case .capTooSmall(let cap): "the cap per group must be at least 1, not \(cap)"
        }
    }
}
