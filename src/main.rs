//! Madoguchi (窓口): a training simulator for the reception window of a Japanese clinic. The
//! binary only hands over to the command line.

fn main() -> std::process::ExitCode {
    madoguchi::cli::run()
}
