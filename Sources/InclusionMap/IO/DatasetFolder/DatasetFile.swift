import Foundation

/// The CSV files of a dataset folder and the columns each one knows.
///
/// Any other column in a file is kept as a free attribute of its records and written back.
public enum DatasetFile: String, CaseIterable, Hashable, Sendable, Comparable {
    /// `actors.csv`: one row per actor. The only file a folder must have.
    case actors = "actors.csv"
    /// `departments.csv`: one row per department.
    case departments = "departments.csv"
    /// `ties.csv`: one row per tie.
    case ties = "ties.csv"
    /// `engagements.csv`: one row per engagement.
    case engagements = "engagements.csv"
    /// `attendance.csv`: one row per actor present at an engagement.
    case attendance = "attendance.csv"

    /// The file's name inside the folder.
    public var fileName: String { rawValue }

    /// The columns that hold ids (of the record or of another): control characters in them
    /// are errors, since two ids that differ only by one could not be told apart.
    public var identifierColumns: Set<String> {
        switch self {
        case .actors: ["id", "department"]
        case .departments: ["id", "parent"]
        case .ties: ["source", "target"]
        case .engagements: ["id"]
        case .attendance: ["engagement", "actor"]
        }
    }

    /// Whether a folder without this file is an error (otherwise it means "no such records").
    public var isRequired: Bool { self == .actors }

    /// The columns every row must fill.
    public var requiredColumns: [String] {
        switch self {
        case .actors, .departments, .engagements: return ["id"]
        case .ties: return ["source", "target"]
        case .attendance: return ["engagement", "actor"]
        }
    }

    /// Every column the format defines for the file, required ones first, in the order they
    /// are written.
    public var knownColumns: [String] {
        switch self {
        case .actors: return ["id"] + Actor.knownFields
        case .departments: return ["id", "name", "organisation", "parent"]
        case .ties: return ["source", "target", "relation", "weight", "directed", "wave", "date", "source_of_evidence"]
        case .engagements: return ["id", "name", "date", "kind"]
        case .attendance: return ["engagement", "actor", "role"]
        }
    }

    /// The files in the order they are read: referenced records before the ones that refer to them.
    static let readingOrder: [DatasetFile] = [.departments, .actors, .ties, .engagements, .attendance]

    /// The known column a header cell names, after trimming spaces and folding case, with
    /// `organization` read as `organisation`; `nil` for a free column.
    func knownColumn(forHeader header: String) -> String? {
        var folded = header.trimmingCharacters(in: .whitespaces).lowercased()
        if folded == "organization" { folded = "organisation" }
        return knownColumns.contains(folded) ? folded : nil
    }

    /// Files order as the format lists them: actors, departments, ties, engagements, attendance.
    public static func < (lhs: DatasetFile, rhs: DatasetFile) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
