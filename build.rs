//! Writes the Unicode case tables of `src/case.rs` from the standard
//! library's own mappings (the build script runs on the host, with the same
//! toolchain and so the same Unicode version as the crate). Stored as runs of
//! characters that map by the same offset, they are a fraction of the size of
//! the standard library's tables, which would otherwise be linked into the
//! wasm whole.

use std::fmt::Write as _;

/// Characters that map to one character, as runs `(first, count, stride,
/// offset)`: `first + k·stride` maps to itself plus `offset` for `k < count`.
/// Characters that map to several are listed apart, with their mapping.
/// Runs `(first, count, stride, offset)`, as `tables` describes them.
type Runs = Vec<(u32, u32, u32, i64)>;
/// Characters with a mapping of several characters.
type Several = Vec<(char, Vec<char>)>;

fn tables(map: impl Fn(char) -> Vec<char>) -> (Runs, Several) {
    let mut runs: Runs = Vec::new();
    let mut several = Vec::new();
    for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
        let mapped = map(c);
        if mapped.len() > 1 {
            several.push((c, mapped));
            continue;
        }
        if mapped[0] == c {
            continue;
        }
        let offset = i64::from(u32::from(mapped[0])) - i64::from(u32::from(c));
        let c = u32::from(c);
        if let Some(run) = runs.last_mut() {
            let (first, count, stride, run_offset) = *run;
            if run_offset == offset && count == 1 && (c - first == 1 || c - first == 2) {
                *run = (first, 2, c - first, offset);
                continue;
            }
            if run_offset == offset && count > 1 && c == first + count * stride {
                run.1 += 1;
                continue;
            }
        }
        runs.push((c, 1, 1, offset));
    }
    (runs, several)
}

fn write_tables(out: &mut String, name: &str, map: impl Fn(char) -> Vec<char>) {
    let (runs, several) = tables(map);
    writeln!(out, "static {name}_RUNS: [(u32, u16, u16, i32); {}] = [", runs.len()).unwrap();
    for (first, count, stride, offset) in runs {
        writeln!(out, "    ({first:#x}, {count}, {stride}, {offset}),").unwrap();
    }
    writeln!(out, "];").unwrap();
    writeln!(out, "static {name}_SEVERAL: [(char, [char; 3]); {}] = [", several.len()).unwrap();
    for (c, mapped) in several {
        let mut three = ['\0'; 3];
        three[..mapped.len()].copy_from_slice(&mapped);
        writeln!(out, "    ({c:?}, {three:?}),").unwrap();
    }
    writeln!(out, "];").unwrap();
}

fn main() {
    let mut out = String::new();
    write_tables(&mut out, "LOWER", |c| c.to_lowercase().collect());
    write_tables(&mut out, "UPPER", |c| c.to_uppercase().collect());
    let path = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("case_tables.rs");
    std::fs::write(path, out).unwrap();
    println!("cargo::rerun-if-changed=build.rs");
}
