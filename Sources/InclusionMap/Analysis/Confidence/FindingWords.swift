/// A finding's confidence in words, the same in every table and the report: "an under-used
/// broker in 94% of resamples (rank 1–3)", with "fragile" when it holds in fewer than half.
public enum FindingWords {
    /// The share below which a finding is called fragile.
    public static let fragileShare = 0.5

    /// A share as a whole percentage.
    public static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    /// A broker finding: under-used (when engagements are recorded) or structural.
    public static func broker(_ id: String, confidence: FindingConfidence, underUsed: Bool) -> String {
        let share = underUsed ? confidence.underUsedShare(of: id) : confidence.structuralShare(of: id)
        var words = "\(underUsed ? "an under-used" : "a structural") broker in \(percent(share)) of resamples"
        if let stability = confidence.brokers[id] {
            words += stability.rankLow == stability.rankHigh ? " (rank \(stability.rankLow))" : " (rank \(stability.rankLow)–\(stability.rankHigh))"
        }
        return words + fragile(share)
    }

    /// A usual-suspect finding.
    public static func usualSuspect(_ id: String, confidence: FindingConfidence) -> String {
        let share = confidence.usualSuspectShare(of: id)
        return "a usual suspect in \(percent(share)) of resamples" + fragile(share)
    }

    /// A single point of failure.
    public static func singlePoint(_ share: Double) -> String {
        "still hangs on them (or is cut off) in \(percent(share)) of resamples" + fragile(share)
    }

    /// " — fragile: …" when `share` is under ``fragileShare``.
    public static func fragile(_ share: Double) -> String {
        share < fragileShare ? "; fragile: it rests on ties or records a survey can easily miss" : ""
    }
}
