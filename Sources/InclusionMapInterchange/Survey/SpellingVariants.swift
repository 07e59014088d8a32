/// Given names written in several Latin spellings of one name in another script (Mohammed,
/// Muhammad, Mohamed; Aleksandr, Alexander, Oleksandr; Yusuf, Youssef): the same name, or two
/// people. A nomination whose first name is another spelling of a roster person's is never
/// matched automatically; it is listed for review with that person as the candidate.
///
/// The groups are the common romanisations of Arabic, Russian, Ukrainian, Persian, Urdu and
/// Bengali given names seen in UK staff lists; a name in no group has no variants.
public enum SpellingVariants {
    /// The groups, lower case.
    public static let groups: [Set<String>] = [
        ["mohammed", "muhammad", "mohamed", "mohammad", "muhammed", "mohamad", "mohamud", "mahomed"],
        ["ahmed", "ahmad", "ahmet"],
        ["hussein", "husain", "hussain", "husein"],
        ["yusuf", "yousef", "youssef", "yousuf", "yusef"],
        ["abdulrahman", "abdelrahman", "abdurrahman"],
        ["mustafa", "mostafa", "mustapha"],
        ["osman", "othman", "usman", "uthman"],
        ["fatima", "fatimah", "fatma"],
        ["aisha", "ayesha", "aysha", "aishah"],
        ["khadija", "khadijah", "khadeeja"],
        ["aleksandr", "alexander", "aleksander", "oleksandr", "alexandr"],
        ["sergei", "sergey", "serhiy"],
        ["dmitri", "dmitry", "dmytro"],
        ["yuri", "yury", "yuriy"],
        ["olga", "olha"],
        ["tatiana", "tatyana", "tetiana"],
        ["mikhail", "mykhailo"],
        ["andrei", "andriy", "andrey"],
        ["rahman", "rehman"],
        ["shahid", "shaheed"],
        ["mehmet", "mehmed"],
    ]

    private static let groupOf: [String: Int] = {
        var index: [String: Int] = [:]
        for (number, group) in groups.enumerated() { for name in group { index[name] = number } }
        return index
    }()

    /// Whether `a` and `b` are different spellings of one name in the groups.
    public static func areVariants(_ a: String, _ b: String) -> Bool {
        guard a != b, let g = groupOf[a.lowercased()] else { return false }
        return groupOf[b.lowercased()] == g
    }
}
