/// Why an edit to a ``StakeholderMap`` was refused.
///
/// Every editing method checks its input and throws one of these instead of leaving the map
/// in an invalid state; the map is unchanged after a refused edit.
public enum StakeholderMapError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A required identifier (an id, a tie end, a relation) is empty; `field` names it.
    case emptyValue(field: String)
    /// An actor with this id is already in the map.
    case duplicateActor(String)
    /// A department with this id is already in the map.
    case duplicateDepartment(String)
    /// An engagement with this id is already in the map.
    case duplicateEngagement(String)
    /// No actor has this id; `field` names where it was referred to (`source`, `target`, `actor`, `id`).
    case unknownActor(String, field: String)
    /// No department has this id; `field` names where it was referred to (`parent`, `id`).
    case unknownDepartment(String, field: String)
    /// No engagement has this id; `field` names where it was referred to (`engagement`, `id`).
    case unknownEngagement(String, field: String)
    /// A tie weight that is infinite or not a number.
    case invalidWeight(Double)
    /// Setting this parent would make departments contain themselves; the cycle is listed in order.
    case departmentCycle([String])
    /// The actor's attendance at the engagement is already recorded.
    case duplicateAttendance(engagement: String, actor: String)
    /// The department cannot be removed while other departments sit inside it.
    case departmentHasSubdepartments(String, [String])
    /// No actor has a value in this column, so it cannot group them (most likely a misspelling).
    case unknownColumn(String)

    /// The field of the record that the error is about, such as `target` or `weight`.
    public var field: String {
        switch self {
        case .emptyValue(let field), .unknownActor(_, let field), .unknownDepartment(_, let field),
             .unknownEngagement(_, let field):
            return field
        case .duplicateActor, .duplicateDepartment, .duplicateEngagement, .departmentHasSubdepartments:
            return "id"
        case .invalidWeight:
            return "weight"
        case .departmentCycle:
            return "parent"
        case .duplicateAttendance:
            return "actor"
        case .unknownColumn:
            return "column"
        }
    }

    /// What was wrong and what was expected, in one sentence for a person.
    public var description: String {
        switch self {
        case .emptyValue(let field):
            return "empty \(field); expected a non-empty value"
        case .duplicateActor(let id):
            return "duplicate actor id \"\(id)\"; expected each actor id once"
        case .duplicateDepartment(let id):
            return "duplicate department id \"\(id)\"; expected each department id once"
        case .duplicateEngagement(let id):
            return "duplicate engagement id \"\(id)\"; expected each engagement id once"
        case .unknownActor(let id, _):
            return "unknown actor \"\(id)\"; expected an actor id from actors.csv"
        case .unknownDepartment(let id, _):
            return "unknown department \"\(id)\"; expected a department id from departments.csv"
        case .unknownEngagement(let id, _):
            return "unknown engagement \"\(id)\"; expected an engagement id from engagements.csv"
        case .invalidWeight(let weight):
            return "invalid weight \(weight); expected a finite number"
        case .departmentCycle(let cycle):
            // A loop is named by its length and its first few members, so a loop of 10,000
            // departments is still one line.
            let members = cycle.count - 1
            let shown = members > 6 ? cycle.prefix(5).joined(separator: " → ") + " → … (\(members) departments in the loop)" : cycle.joined(separator: " → ")
            return "department cycle \(shown); expected departments to nest without a loop"
        case .duplicateAttendance(let engagement, let actor):
            return "duplicate attendance of \"\(actor)\" at \"\(engagement)\"; expected each actor once per engagement"
        case .departmentHasSubdepartments(let id, let children):
            return "department \"\(id)\" still contains \(children.joined(separator: ", ")); move or remove them first"
        case .unknownColumn(let column):
            return "no actor has a value in column \"\(column)\"; expected department, organisation, sector, kind or another column of actors.csv"
        }
    }
}
