import ArgumentParser
import InclusionMap

/// `--confidence` and how to resample, shared by `brokers`, `audit` and `silos`.
struct ConfidenceArguments: ParsableArguments {
    @Flag(help: "Say how sure each finding is: the share of resampled maps in which it still holds (respondents made non-respondents at the observed rate, a share of ties and attendance left out).")
    var confidence = false

    @Option(help: "Resampled maps for --confidence.")
    var resamples = 100

    @Option(help: "The share of ties (and attendance records) left out of each resample, for --confidence.")
    var dropout = 0.1

    @Option(name: .customLong("non-response"), help: ArgumentHelp("The share of respondents made non-respondents in each resample (default: the map's own non-response rate).", valueName: "share"))
    var nonResponse: Double?

    @Option(name: .customLong("confidence-seed"), help: "Seed of the resampling.")
    var seed: UInt64 = 1

    func validate() throws {
        if resamples < 1 { throw ValidationError("--resamples must be at least 1.") }
        if !(0..<1).contains(dropout) { throw ValidationError("--dropout must be at least 0 and below 1.") }
        if let nonResponse, !(0..<1).contains(nonResponse) { throw ValidationError("--non-response must be at least 0 and below 1.") }
    }

    /// The findings' confidence on `map` (as read, before the policy), or `nil` without
    /// `--confidence`.
    func confidence(of map: StakeholderMap, policy: MissingDataPolicy, network: NetworkIndex.Options, column: String, window: Int?) throws -> FindingConfidence? {
        guard confidence else { return nil }
        let progress = ProgressBar()
        progress.step("resampling \(resamples) maps for confidence")
        defer { progress.finish() }
        let rate = nonResponse ?? Perturbation.observedNonResponse(of: map)
        let options = FindingConfidence.Options(
            resamples: resamples, perturbation: Perturbation(tieDropout: dropout, nonResponse: min(rate, 0.95), policy: policy), seed: seed,
            network: network, column: column, window: window)
        do {
            return try FindingConfidence(map: map, options: options, progress: progress.reporter)
        } catch {
            throw AnalysisFailure.reported(error, command: "--confidence")
        }
    }

    /// The resampling in words, for the tables' notes.
    static func method(_ confidence: FindingConfidence) -> String {
        let p = confidence.options.perturbation
        let percent = { (share: Double) in "\(Int((share * 100).rounded()))%" }
        var words = "\(confidence.options.resamples) resampled maps, each missing \(percent(p.tieDropout)) of its ties and attendance at random"
        if p.nonResponse > 0 { words += ", with \(percent(p.nonResponse)) of respondents made non-respondents" }
        words += ", read as \(p.policy.rawValue) (Borgatti, Carley & Krackhardt 2006)"
        return words
    }
}
