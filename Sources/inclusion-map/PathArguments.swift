import ArgumentParser
import InclusionMap

/// `--exact`, shared by the commands that rank brokers (`brokers`, `suggest`, `report`).
struct PathArguments: ParsableArguments {
    @Flag(help: ArgumentHelp("Compute bridging betweenness from every grouped actor, however long it takes. By default it is exact while that takes about 30 s or less (grouped actors × (actors + ties) up to 8×10⁹: some 30,000 actors) and estimated from \(PathSampling.automaticSampleSize) seeded sources above, and the output says which."))
    var exact = false

    /// The sampling the command asks for.
    var sampling: PathSampling { exact ? .exact : .automatic }
}
