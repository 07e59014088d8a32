import InclusionMap

/// People × events as a map of attendance, shared by the two-mode readers (UCINET DL's
/// `nr=`/`nc=`, Pajek's `*Vertices n n1`, NetworkX's bipartite graphs): a link is an actor's
/// attendance at an engagement, and a value other than 1 is kept as the attendance's `value`.
enum TwoModeAttendance {
    /// The attendance of `actor` at `engagement`, with `value` kept when it is not 1.
    static func attendance(actor: String, engagement: String, value: Double) -> Attendance {
        Attendance(engagement: engagement, actor: actor, attributes: value == 1 ? [:] : ["value": Tie.text(ofWeight: value)])
    }

    /// The map of `actors`, `engagements` and `attendance`, with `value` listed among the
    /// attendance columns when any attendance has one.
    static func map(actors: [Actor], engagements: [Engagement], attendance: [Attendance], extraColumns: ExtraColumns = ExtraColumns()) throws(StakeholderMapError) -> StakeholderMap {
        var extra = extraColumns
        if attendance.contains(where: { !$0.attributes.isEmpty }) { extra.attendance = ["value"] }
        return try StakeholderMap(actors: actors, engagements: engagements, attendance: attendance, extraColumns: extra)
    }
}
