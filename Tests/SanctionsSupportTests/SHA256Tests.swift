import SanctionsSupport
import Testing

@Suite("SHA-256")
struct SHA256Tests {
  @Test("FIPS 180-4 test vectors, fed whole and byte by byte")
  func vectors() {
    let cases: [(String, String)] = [
      ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
      ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
      (
        "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
      ),
    ]
    for (message, digest) in cases {
      var whole = SHA256()
      whole.update(Array(message.utf8))
      #expect(whole.hexDigest() == digest)
      var pieces = SHA256()
      for byte in message.utf8 { pieces.update([byte]) }
      #expect(pieces.hexDigest() == digest)
    }
  }

  @Test("A million 'a's, in uneven chunks across block boundaries")
  func million() {
    var hasher = SHA256()
    let chunk = [UInt8](repeating: 0x61, count: 999)
    var remaining = 1_000_000
    while remaining > 0 {
      let count = min(remaining, chunk.count)
      hasher.update(Array(chunk[..<count]))
      remaining -= count
    }
    #expect(hasher.hexDigest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }
}
