import JixiaoCore

/// One partial included by a template (`{{> name}}` or `{{<name}}`): the partial's name,
/// the tag's place, and how many sections are open around it.
struct TemplateInclusion: Sendable {
    let partial: String
    let location: SourceLocation
    let depth: Int
}
