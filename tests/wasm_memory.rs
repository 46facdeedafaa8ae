//! The wasm allocator's source of memory (`GrowInSteps` in `src/wasm.rs`),
//! in a real browser (headless Chromium through wasm-bindgen-test). A test
//! binary of its own, so that the memory it takes to the 4 GiB limit is its
//! own instance's, not the other tests'.
#![cfg(target_arch = "wasm32")]

use std::arch::wasm32::{memory_grow, memory_size};

use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

// Linked for its global allocator, which is what is tested.
extern crate newslens;

wasm_bindgen_test_configure!(run_in_browser);

const PAGE: usize = 64 * 1024;
const MIB: usize = 1024 * 1024;

/// Allocates blocks of `size` bytes, kept, until the memory grows; returns
/// the pages it grew by.
fn growth_while_allocating(size: usize, kept: &mut Vec<Vec<u8>>) -> usize {
    let before = memory_size::<0>();
    while memory_size::<0>() == before {
        kept.push(Vec::with_capacity(size));
    }
    memory_size::<0>() - before
}

#[wasm_bindgen_test]
fn memory_grows_by_a_32nd_of_its_size_and_near_the_limit_by_what_fits() {
    let mut kept = Vec::new();
    kept.push(Vec::<u8>::with_capacity(64 * MIB));
    let size = memory_size::<0>();
    let grown = growth_while_allocating(PAGE / 2, &mut kept);
    assert!(grown >= size / 32, "grew by {grown} pages from {size}: small allocations grow it by a step");

    // What a browser with little memory to spare leaves: 48 MiB under the
    // limit, where a step (a 32nd of nearly 4 GiB) no longer fits.
    let limit_pages = 65_536;
    let room_pages = 48 * MIB / PAGE;
    assert_ne!(memory_grow::<0>(limit_pages - room_pages - memory_size::<0>()), usize::MAX);
    let fits = Vec::<u8>::with_capacity(16 * MIB);
    assert_eq!(fits.capacity(), 16 * MIB);
    assert!(memory_size::<0>() < limit_pages, "grown by what the allocation needed, not to the limit");
}
