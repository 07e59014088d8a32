/// How one resampled map is made from the observed one: the imperfections of network data
/// (Borgatti, Carley & Krackhardt 2006) simulated at rates the data shows.
///
/// 1. **Node perturbation (non-response).** Each respondent (``Actor/responded`` true) is
///    made a non-respondent with probability ``nonResponse``: the ties only they reported
///    are removed (directed ties they sent; undirected ties with no other respondent at the
///    other end), and they are marked `responded` false, so the map's ``MissingDataPolicy``
///    treats them as it treats real non-respondents.
/// 2. **Tie dropout.** Each remaining tie is left out with probability ``tieDropout``.
/// 3. **Attendance dropout.** Each attendance record is left out with probability
///    ``tieDropout`` (a sign-in sheet that was lost), for the usual-suspects finding.
/// 4. The ``policy`` is applied.
///
/// Reference: Borgatti, Carley & Krackhardt (2006), "On the robustness of centrality measures
/// under conditions of imperfect data", *Social Networks* 28, 124–136 (node and edge
/// removal at set rates); Huisman (2009), *Journal of Social Structure* 10 (non-response and
/// its reconstruction).
public struct Perturbation: Hashable, Sendable {
    /// The share of ties (and attendance records) left out at random.
    public var tieDropout: Double
    /// The share of respondents made non-respondents.
    public var nonResponse: Double
    /// How non-respondents' ties are read after the perturbation.
    public var policy: MissingDataPolicy

    /// Creates a perturbation.
    ///
    /// - Precondition: both shares in [0, 1).
    public init(tieDropout: Double = 0.1, nonResponse: Double = 0, policy: MissingDataPolicy = .recommended) {
        precondition((0..<1).contains(tieDropout) && (0..<1).contains(nonResponse), "shares must be in [0, 1)")
        self.tieDropout = tieDropout
        self.nonResponse = nonResponse
        self.policy = policy
    }

    /// The non-response rate the map shows: non-respondents over actors asked (0 when nobody
    /// has a `responded` value).
    public static func observedNonResponse(of map: StakeholderMap) -> Double {
        let asked = map.actors.filter { $0.responded != nil }
        guard !asked.isEmpty else { return 0 }
        return Double(asked.count { $0.responded == false }) / Double(asked.count)
    }

    /// One resample of `map` (read as observed: the policy is applied here), drawn with `random`.
    func resample(_ map: StakeholderMap, using random: inout SplitMix64) -> StakeholderMap {
        func chance(_ p: Double) -> Bool { p > 0 && Double(random.next() >> 11) / Double(1 << 53) < p }
        var actors = map.actors
        var silenced = Set<String>()
        if nonResponse > 0 {
            for index in actors.indices where actors[index].responded == true && chance(nonResponse) {
                actors[index].responded = false
                silenced.insert(actors[index].id)
            }
        }
        let respondent = Set(actors.filter { $0.responded == true }.map(\.id))
        let ties = map.ties.filter { tie in
            if !silenced.isEmpty {
                if tie.isDirected {
                    if silenced.contains(tie.source) { return false }
                } else if silenced.contains(tie.source) || silenced.contains(tie.target) {
                    // Still reported when the other end answered.
                    let other = silenced.contains(tie.source) ? tie.target : tie.source
                    if !respondent.contains(other) { return false }
                }
            }
            return !chance(tieDropout)
        }
        let attendance = map.attendance.filter { _ in !chance(tieDropout) }
        let sample: StakeholderMap
        do {
            sample = try StakeholderMap(
                actors: actors, departments: map.departments, ties: ties, engagements: map.engagements, attendance: attendance,
                extraColumns: map.extraColumns)
        } catch {
            preconditionFailure("leaving records out broke a valid map: \(error)")
        }
        return policy.applied(to: sample)
    }
}
