import ArgumentParser
import FolioApp

/// `--format text|json|markdown`.
extension ArticleDump.Format: ExpressibleByArgument {}

/// `--color auto|always|never`.
extension ColorChoice: ExpressibleByArgument {}

/// `--browser-terminal yes|no|auto`.
extension BrowserSettings.TerminalUse: ExpressibleByArgument {}
