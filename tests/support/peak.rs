//! A global allocator that counts the bytes in use and their peak, to
//! measure the memory the core takes. Shared by the hostile-file test and
//! example and the memory example.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

// Built for wasm too (as `cargo test --target wasm32-unknown-unknown` builds
// every example), where the examples leave the allocator unused.
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
pub struct PeakAllocator;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed on to the system allocator unchanged; the
// counters only watch.
unsafe impl GlobalAlloc for PeakAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let pointer = System.alloc(layout);
        if !pointer.is_null() {
            let now = CURRENT.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        pointer
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        System.dealloc(pointer, layout);
        CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

/// The bytes in use now.
pub fn in_use() -> usize {
    CURRENT.load(Ordering::Relaxed)
}

/// The most bytes in use since the last [`restart_peak`].
pub fn peak() -> usize {
    PEAK.load(Ordering::Relaxed)
}

/// Starts a new peak from the bytes in use now, and returns them.
pub fn restart_peak() -> usize {
    let now = in_use();
    PEAK.store(now, Ordering::Relaxed);
    now
}
