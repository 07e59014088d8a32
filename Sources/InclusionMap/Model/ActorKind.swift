import Foundation

/// What sort of participant an ``Actor`` is.
///
/// The dataset folder writes it in the `kind` column of `actors.csv`. Reading accepts any letter
/// case and the American spelling `organization`; writing always uses the raw values below.
public enum ActorKind: String, CaseIterable, Codable, Hashable, Sendable, Comparable {
    /// One named individual: an officer, a researcher, a resident with lived experience.
    case person
    /// A team or unit that takes part as one actor.
    case team
    /// A whole organisation: a school, a trust, a charity, a firm.
    case organisation
    /// A community or voluntary group: a parents' forum, a tenants' association.
    case group

    /// Reads a kind as written in a dataset, ignoring case and surrounding spaces.
    ///
    /// - Returns: `nil` when the text names no kind.
    public init?(parsing text: String) {
        let folded = text.trimmingCharacters(in: .whitespaces).lowercased()
        if folded == "organization" {
            self = .organisation
        } else if let kind = ActorKind(rawValue: folded) {
            self = kind
        } else {
            return nil
        }
    }

    /// Orders kinds by their raw value, so listings are stable.
    public static func < (lhs: ActorKind, rhs: ActorKind) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
