import Foundation

/// The one list convention of the command line.
///
/// A list option is repeated (`--relation advice --relation collaboration`) or, when its
/// items are actor ids, relations or measure names, also separated by commas
/// (`--relation advice,collaboration`, `--space eh07,ho02,fa01`); both may be mixed. Lists
/// of group or sector names (`--only-group`, `--community-sector`) are only repeated,
/// because a department's name may hold a comma ("Children, Young People and Families").
enum ListOption {
    /// The items of `values`, as given to an option that may also be comma-separated:
    /// each value split at its commas, spaces around an item trimmed, empty items dropped.
    static func items(_ values: [String]) -> [String] {
        values.flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// The help line's note on an option following the convention.
    static let note = "repeat, or separate with commas"
}
