import Foundation
import JixiaoCore

/// An output that keeps the previous site and can take its files over unchanged
/// (``OutputFolder``): what a rebuild after an edit of policy bodies only needs.
package protocol ReusingOutput: SiteOutput {
    /// The previous site's manifest (its record holding no shells text) and the text of its
    /// policy shells, when the site is intact (see ``PreviousSite``) and has both; `nil` otherwise.
    func reusable() -> (manifest: SiteManifest, shells: String)?
    /// Takes the previous site's file at `path` into the staged site unchanged (a hard link),
    /// when it holds exactly `entry` and is as that build left it; `false` when it cannot.
    /// Call after ``SiteOutput/prepare()``.
    func carry(_ path: String, _ entry: SiteManifest.Entry) -> Bool
}
