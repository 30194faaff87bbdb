import JixiaoSite

/// What `jixiao serve` builds and where it listens.
public struct PreviewOptions: Sendable {
    /// The site build; its output is replaced by the server's private folder.
    public var site: SiteOptions
    /// The interface address to bind (default 127.0.0.1: this computer only).
    public var host: String
    /// The port; 0 picks a free one.
    public var port: Int
    /// How often the content and templates are checked for changes, in milliseconds.
    public var pollMilliseconds: Int

    /// Creates options.
    public init(site: SiteOptions, host: String = "127.0.0.1", port: Int = 8080, pollMilliseconds: Int = 300) {
        self.site = site
        self.host = host
        self.port = port
        self.pollMilliseconds = pollMilliseconds
    }
}
