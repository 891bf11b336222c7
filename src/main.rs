//! Madoguchi (窓口): a training simulator for the reception window of a Japanese clinic. The
//! binary only hands over to the command line.

fn main() -> std::process::ExitCode {
    let _ = madoguchi::STARTED.set(std::time::Instant::now());
    madoguchi::cli::run()
}
