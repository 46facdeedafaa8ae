//! Name mentions and their grouping into entities.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newslens::names::Names;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let names = Names::find(&text);
    let mut previous_start = 0;
    for mention in names.mentions() {
        let name = &mention.name;
        assert!(previous_start <= name.start && name.start < name.end && name.end <= text.len(), "{mention:?}");
        assert!(text.is_char_boundary(name.start) && text.is_char_boundary(name.end), "{mention:?}");
        assert!(mention.entity < names.entities().len(), "{mention:?}");
        previous_start = name.start;
    }
});
