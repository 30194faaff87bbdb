import Foundation
import Testing
@testable import JixiaoCore

/// The one byte-level find and replace (locale patterns, edition names in copied pages).
@Suite("Byte replacement")
struct ByteReplacementTests {
    /// Replaces in `text` as UTF-8; `nil` when nothing was replaced.
    func replaced(_ pattern: String, _ replacement: String, _ text: String) -> String? {
        ByteReplacement.replacing(Array(pattern.utf8), with: Array(replacement.utf8), in: Array(text.utf8)).map {
            String(decoding: $0, as: UTF8.self)
        }
    }

    @Test("an empty pattern replaces nothing")
    func emptyPattern() {
        #expect(replaced("", "x", "abc") == nil)
        #expect(replaced("", "x", "") == nil)
    }

    @Test("no match, or a text shorter than the pattern, replaces nothing")
    func noMatch() {
        #expect(replaced("zz", "x", "abcabc") == nil)
        #expect(replaced("abcd", "x", "abc") == nil)
        #expect(replaced("a", "x", "") == nil)
    }

    @Test("every occurrence, at the start, in the middle and at the end")
    func everyOccurrence() {
        #expect(replaced("ab", "xyz", "abcab-aab") == "xyzcxyz-axyz")
        #expect(replaced("{name}", "王芳", "{name}，你好") == "王芳，你好")
        #expect(replaced("ab", "", "abab") == "")
    }

    @Test("overlapping occurrences: left to right, the scan goes on behind a match")
    func overlapping() {
        // "aaa": the match at 0 takes bytes 0–1, so the one at 1 is not seen; byte 2 stays.
        #expect(replaced("aa", "b", "aaa") == "ba")
        #expect(replaced("aa", "b", "aaaa") == "bb")
        // "abab" in "ababab": one match at 0, then "ab" is left.
        #expect(replaced("abab", "X", "ababab") == "Xab")
        // A replacement holding the pattern is not scanned again.
        #expect(replaced("a", "aa", "aba") == "aabaa")
    }

    @Test("multi-byte UTF-8: whole characters only, a shared lead byte is no match")
    func multiByte() {
        #expect(replaced("管理者版", "管理者版 · 客服部", "<b>管理者版</b>管理者") == "<b>管理者版 · 客服部</b>管理者")
        // 客 is E5 AE A2 and 家 is E5 AE B6: the same first two bytes, no match.
        #expect(replaced("客", "X", "家家") == nil)
        #expect(replaced("é", "e", "café café") == "cafe cafe")
    }

    @Test("Data and byte buffers give the same result")
    func contiguousKinds() {
        let pattern = Array("ab".utf8), replacement = Array("xyz".utf8)
        let text = "abcab-aab"
        let fromData = ByteReplacement.replacing(pattern, with: replacement, in: Data(text.utf8))
        let fromBuffer = Array(text.utf8).withUnsafeBytes { ByteReplacement.replacing(pattern, with: replacement, in: $0) }
        #expect(fromData == Array("xyzcxyz-axyz".utf8))
        #expect(fromBuffer == fromData)
    }
}
