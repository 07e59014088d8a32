import ArgumentParser
import InclusionMap

/// `--exact`, shared by the commands that rank brokers (`brokers`, `suggest`, `report`).
struct PathArguments: ParsableArguments {
    @Flag(help: ArgumentHelp("Compute bridging betweenness from every grouped actor. Above \(PathSampling.automaticLimit) grouped actors it is otherwise estimated from \(PathSampling.automaticSampleSize) seeded sources, and the output says so with the standard error."))
    var exact = false

    /// The sampling the command asks for.
    var sampling: PathSampling { exact ? .exact : .automatic }
}
