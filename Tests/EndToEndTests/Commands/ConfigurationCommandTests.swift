import Foundation
import TestProcesses
import Testing

/// The configuration file from the command line: a mistake stops folio before the screen opens
/// with one line naming the file, line and column (exit status 2), and `folio config` prints
/// what is in force.
@Suite struct ConfigurationCommandTests {
    @Test("a mistake in the file: one line with file:line:col and the right word, exit status 2, no screen")
    func mistake() throws {
        let folder = try ScratchFolder()
        let config = try folder.file("config.toml", "[reader]\nmeasure = 72\n\n[keys.reader]\n\"]\" = \"nextsection\"\n")
        let article = try folder.file("a.txt", "Title\n\nThe peace talks went on.\n")
        let run = try FolioBinary.run(["--config", config, article])
        #expect(run.status == 2)
        #expect(run.errors == "folio: \(config):5:7: unknown action 'nextsection'; did you mean 'next-section'?\n")
        #expect(run.output.isEmpty, "nothing was drawn")
        // On a terminal: the screen never starts (no alternate screen), the line is the same.
        if let terminal = try FolioBinary.runInTerminal(["--config", config, article]) {
            #expect(terminal.status == 2)
            #expect(terminal.text.contains("\(config):5:7: unknown action 'nextsection'; did you mean 'next-section'?"))
            #expect(!terminal.text.contains("\u{1B}[?1049h"), "the screen started")
        }
        // The standard file, found through XDG_CONFIG_HOME, the same.
        try folder.file("xdg/folio/config.toml", "thme = \"nord\"\n")
        let standard = try FolioBinary.run([article], environment: ["XDG_CONFIG_HOME": folder.path + "/xdg"])
        #expect(standard.status == 2)
        #expect(standard.errors == "folio: \(folder.path)/xdg/folio/config.toml:1:1: unknown key 'thme'; did you mean 'theme'?\n")
    }

    @Test("folio config prints the file's settings and the defaults as TOML; --no-config the defaults only")
    func printsConfiguration() throws {
        let folder = try ScratchFolder()
        let config = try folder.file("config.toml", "[reader]\nmeasure = 72\n[keys.reader]\nx = \"top\"\n")
        let run = try FolioBinary.run(["config", "--config", config])
        #expect(run.status == 0)
        #expect(run.text.contains("\nmeasure = 72\n"))
        #expect(run.text.contains("\n\"x\" = \"top\""))
        #expect(run.text.contains("\n# \"g\" = \"top\""))
        let defaults = try FolioBinary.run(["config", "--no-config"])
        #expect(defaults.text.contains("\n# measure = 80\n"))
        let both = try FolioBinary.run(["config", "--no-config", "--config", config])
        #expect(both.status == 2)
    }
}
