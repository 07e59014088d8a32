import Foundation

/// HMAC-SHA-256, the keyed message authentication code of RFC 2104 over ``SHA256``:
/// `HMAC(K, m) = H((K' ⊕ opad) ‖ H((K' ⊕ ipad) ‖ m))`, where `K'` is the key padded with
/// zeros to the 64-byte block (a longer key is first hashed), `ipad` is the byte 0x36 and
/// `opad` 0x5c repeated.
///
/// InclusionMap uses it to give a withheld person a code computed from their id and a secret
/// (``ConsentKey``): without the secret, nobody can test a guessed id against a code, and the
/// code says nothing of how many people are withheld or in what order they were listed.
///
/// - Complexity: O(n) in the length of the message, two SHA-256 passes.
public enum HMAC {
    /// The SHA-256 block length in bytes.
    private static let blockLength = 64

    /// The 32-byte HMAC-SHA-256 of `message` under `key`.
    public static func sha256(key: [UInt8], message: Data) -> [UInt8] {
        var padded = key.count > blockLength ? SHA256.digest(Data(key)) : key
        padded += [UInt8](repeating: 0, count: blockLength - padded.count)
        let inner = SHA256.digest(Data(padded.map { $0 ^ 0x36 }) + message)
        return SHA256.digest(Data(padded.map { $0 ^ 0x5c } + inner))
    }
}
