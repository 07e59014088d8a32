import ArgumentParser
import InclusionMap

/// What a command says when its analysis refuses the input: the option at fault when one is
/// (`--group` for a column no actor has a value in), otherwise the analysis's own words under
/// the command's name — not every error relabelled as a `--group` problem.
enum AnalysisFailure {
    /// The error for `command` to throw for `error`.
    static func reported(_ error: any Error, command: String) -> any Error {
        switch error {
        case StakeholderMapError.unknownColumn:
            return ValidationError("--group: \(error)")
        case let error as WhatIfError:
            return ValidationError(error.description + ".")
        case let error as PanelError:
            return ValidationError(error.description + ".")
        default:
            Console.error("\(command): \(error).")
            return ExitCode.failure
        }
    }
}
