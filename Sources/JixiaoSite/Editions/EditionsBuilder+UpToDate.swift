import JixiaoCore

/// Telling that every edition is up to date: the editions the last build wrote (its
/// ``EditionsRecord``) each hold, in their folder's manifest, the input fingerprint a build of
/// that edition from this input would have, and are intact.
extension EditionsBuilder {
    /// The input fingerprints of these editions (one reading of the files), each what a
    /// separate `--edition` build with the same options computes.
    func fingerprints(_ editions: [Edition]) -> [Edition: String] {
        let values = InputFingerprint.of(options: editions.map(editionOptions), content: contentFiles, templates: templateFiles)
        return Dictionary(zip(editions, values)) { a, _ in a }
    }

    /// The previous build's editions checked against this input: an up-to-date summary when
    /// every one of them is unchanged (nothing to build), and the fingerprints computed on the
    /// way (reused by the build).
    func previous() -> (summary: EditionsSummary?, inputs: [Edition: String]) {
        guard let data = try? root?.read(EditionsRecord.fileName),
            let record = EditionsRecord(text: String(decoding: data, as: UTF8.self))
        else { return (nil, [:]) }
        let inputs = fingerprints(record.editions)
        var editions: [(edition: Edition, summary: BuildSummary)] = []
        for edition in record.editions {
            guard let input = inputs[edition], let built = outputs(edition.folderName).unchanged(input: input) else {
                return (nil, inputs)
            }
            var summary = BuildSummary(pages: 0, files: 0, bytes: 0, seconds: 0, warnings: built.warnings)
            summary.upToDate = true
            summary.publishing = SiteBuilder.upToDateLine
            editions.append((edition, summary))
        }
        return (EditionsSummary(editions: editions, nginxExample: "", record: record.text, seconds: 0, upToDate: true), inputs)
    }
}
