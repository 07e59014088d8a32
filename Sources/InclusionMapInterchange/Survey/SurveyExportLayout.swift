/// The survey tool an export came from, recognised by the columns each writes, so that its
/// extra header rows are not read as respondents and each respondent is found by the columns
/// the tool provides.
///
/// - **Qualtrics** (`StartDate`, `Progress`, `Finished`, `ResponseId`, `RecipientEmail` …):
///   row 1 holds the column ids (`Q3`), row 2 the question text ("Who do you go to for
///   advice?") and, in exports since 2017, row 3 a `{"ImportId":…}` object per column. Rows 2
///   and 3 are headers, not answers; a question may be named by its id or its text. A
///   respondent is `RecipientEmail`, else `RecipientFirstName` + `RecipientLastName`; a
///   submission with `Finished` false is partial.
/// - **Microsoft Forms** (`Id`, `Start time`, `Completion time`, `Email`, `Name`): a
///   respondent is `Email` unless the form was anonymous ("anonymous"), else `Name`.
/// - **Google Forms** (`Timestamp`, `Email Address` when the form collects addresses): a
///   respondent is `Email Address`.
/// - **Plain**: any other table, read as it is.
public enum SurveyExportLayout: String, Hashable, Sendable, CaseIterable {
    case plain
    case qualtrics
    case microsoftForms = "microsoft-forms"
    case googleForms = "google-forms"

    /// The tool's name, for messages.
    public var toolName: String {
        switch self {
        case .plain: "a plain table"
        case .qualtrics: "Qualtrics"
        case .microsoftForms: "Microsoft Forms"
        case .googleForms: "Google Forms"
        }
    }

    /// Recognises the layout from the first row's headers (compared without regard to case).
    static func recognise(_ header: [String]) -> SurveyExportLayout {
        let names = Set(header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
        if names.contains("responseid"), !names.isDisjoint(with: ["startdate", "finished", "progress", "recipientemail"]) { return .qualtrics }
        if names.isSuperset(of: ["id", "start time", "completion time"]) { return .microsoftForms }
        if names.contains("timestamp"), header.first?.trimmingCharacters(in: .whitespaces).lowercased() == "timestamp" { return .googleForms }
        return .plain
    }

    /// The column that holds the respondent's e-mail address, if the tool writes one.
    var emailColumn: String? {
        switch self {
        case .plain: nil
        case .qualtrics: "RecipientEmail"
        case .microsoftForms: "Email"
        case .googleForms: "Email Address"
        }
    }

    /// The columns whose words, joined, give the respondent's name when there is no address.
    var nameColumns: [String] {
        switch self {
        case .qualtrics: ["RecipientFirstName", "RecipientLastName"]
        case .microsoftForms: ["Name"]
        case .plain, .googleForms: []
        }
    }

    /// The columns the tool adds about the submission itself (never a question).
    var metadataColumns: Set<String> {
        switch self {
        case .plain: []
        case .qualtrics:
            ["startdate", "enddate", "status", "ipaddress", "progress", "duration (in seconds)", "finished", "recordeddate", "responseid",
             "recipientlastname", "recipientfirstname", "recipientemail", "externalreference", "locationlatitude", "locationlongitude",
             "distributionchannel", "userlanguage"]
        case .microsoftForms: ["id", "start time", "completion time", "email", "name", "last modified time"]
        case .googleForms: ["timestamp", "email address", "score"]
        }
    }

    /// Whether a value of an e-mail column says the form did not collect one.
    static func isAnonymous(_ value: String) -> Bool {
        let lowered = value.trimmingCharacters(in: .whitespaces).lowercased()
        return lowered.isEmpty || lowered == "anonymous"
    }
}
