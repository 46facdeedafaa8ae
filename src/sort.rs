//! Sort owns the ordering of the report's lists (terms, speakers, files,
//! candidates) through one shared routine. The standard library's sorts are
//! generated anew for every element type and comparison, several kilobytes of
//! wasm each; here one merge sort of positions serves every caller, and only
//! a small reordering step is generated per element type. Sorts of plain
//! numbers, some of them hot (each article's term counts), go through
//! [`numbers`]: the standard library's unstable sort, generated once, for
//! `u64` (and pairs of `u32` and floats through it).

use std::borrow::Cow;
use std::cmp::Ordering;

/// Sorts numbers, ascending.
pub fn numbers(values: &mut [u64]) {
    values.sort_unstable();
}

/// Sorts floating-point numbers as [`f64::total_cmp`] orders them, through
/// [`numbers`] of their [`float_key`]s.
pub fn floats(values: &mut [f64]) {
    let unflip = |key: u64| if key & SIGN != 0 { key & !SIGN } else { !key };
    let mut keys: Vec<u64> = values.iter().copied().map(float_key).collect();
    numbers(&mut keys);
    for (value, key) in values.iter_mut().zip(keys) {
        *value = f64::from_bits(unflip(key));
    }
}

const SIGN: u64 = 1 << 63;

/// A number that orders as [`f64::total_cmp`] orders `value`: its bits, flipped.
pub fn float_key(value: f64) -> u64 {
    let bits = value.to_bits();
    if bits & SIGN == 0 {
        bits | SIGN
    } else {
        !bits
    }
}

/// Keeps only the items whose `key` is among the `limit` largest (with
/// every item that ties the last of them), in their order: before a
/// [`top_by`] of a few of many items whose order is by `key` first, so that
/// only the few are compared through it. One look at each item, and a
/// short sorted list of the largest keys so far; so only for a short
/// `limit` (above [`FEW_TO_KEEP`] the items are all kept).
pub fn retain_largest<T>(items: &mut Vec<T>, limit: usize, key: impl Fn(&T) -> u64) {
    if limit == 0 || limit > FEW_TO_KEEP || items.len() <= limit {
        return;
    }
    // Ascending: the smallest of the largest first.
    let mut largest: Vec<u64> = Vec::with_capacity(limit + 1);
    for item in items.iter() {
        let key = key(item);
        if largest.len() < limit || key > largest[0] {
            largest.insert(largest.partition_point(|&kept| kept < key), key);
            if largest.len() > limit {
                largest.remove(0);
            }
        }
    }
    let least = largest[0];
    items.retain(|item| key(item) >= least);
}

/// The longest list [`retain_largest`] narrows items down to.
const FEW_TO_KEEP: usize = 64;

/// Sorts pairs of 32-bit numbers by the first, then the second: while
/// sorting, each pair is one number, [`pack`]ed.
pub fn pairs(values: &mut [(u32, u32)]) {
    let mut packed: Vec<u64> = values.iter().map(|&(high, low)| pack(high, low)).collect();
    numbers(&mut packed);
    for (pair, key) in values.iter_mut().zip(packed) {
        *pair = unpack(key);
    }
}

/// Two 32-bit numbers as one, the first in the high half: such numbers sort
/// by the first, then the second, and take half the memory of a pair in a
/// tuple with a larger neighbour.
pub fn pack(high: u32, low: u32) -> u64 {
    u64::from(high) << 32 | u64::from(low)
}

/// The two numbers of a [`pack`]ed one.
pub fn unpack(key: u64) -> (u32, u32) {
    ((key >> 32) as u32, key as u32)
}

/// Sorts `items` by `compare`, stably: equal items keep their order.
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    let order = {
        let items = &*items;
        positions(items.len(), &mut |a, b| compare(&items[a], &items[b]))
    };
    reorder(items, &order);
}

/// The first `limit` of `items` in the order of `compare`, items it ties
/// ordered by how `shown` shows them: so neither the choice nor the order
/// depends on term ids (which follow the order files were added). Only the
/// items that can be listed are sorted (a report's lists are the top few
/// hundred of hundreds of thousands of terms): those up to the `limit`-th
/// and the ones tied with it. `shown` is asked once for each of them that
/// `compare` ties with another, not once per comparison (a phrase's shown
/// form is a new string each time).
pub fn top_by<'a, T: Copy>(
    items: Vec<T>,
    limit: usize,
    compare: impl Fn(&T, &T) -> Ordering,
    shown: impl Fn(&T) -> Cow<'a, str>,
) -> Vec<T> {
    let chosen = top_positions(items.len(), limit, &mut |a, b| compare(&items[a], &items[b]), &|at| shown(&items[at]));
    chosen.into_iter().map(|at| items[at]).collect()
}

/// [`top_by`] of the positions `0..len`.
fn top_positions<'a>(
    len: usize,
    limit: usize,
    compare: &mut dyn FnMut(usize, usize) -> Ordering,
    shown: &dyn Fn(usize) -> Cow<'a, str>,
) -> Vec<usize> {
    if limit == 0 {
        return Vec::new();
    }
    let mut kept: Vec<usize> = (0..len).collect();
    if limit < len {
        let last = select(len, limit - 1, compare);
        kept.retain(|&at| compare(at, last) != Ordering::Greater);
    }
    let mut chosen: Vec<usize> =
        positions(kept.len(), &mut |a, b| compare(kept[a], kept[b])).into_iter().map(|at| kept[at]).collect();
    let mut start = 0;
    while start < chosen.len() {
        let first = chosen[start];
        let end =
            start + 1 + chosen[start + 1..].iter().take_while(|&&at| compare(first, at) == Ordering::Equal).count();
        if end - start > 1 {
            let run = &mut chosen[start..end];
            let forms: Vec<Cow<str>> = run.iter().map(|&at| shown(at)).collect();
            let by_form: Vec<usize> =
                positions(run.len(), &mut |a, b| forms[a].cmp(&forms[b])).into_iter().map(|at| run[at]).collect();
            run.copy_from_slice(&by_form);
        }
        start = end;
    }
    chosen.truncate(limit);
    chosen
}

/// The position of an item that would be at place `rank` (counting from 0)
/// if the positions `0..len` were sorted by `compare`: a quickselect that
/// puts the items equal to its pivot in a band of their own, as a report's
/// ranks have long runs of ties.
fn select(len: usize, rank: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> usize {
    let mut order: Vec<usize> = (0..len).collect();
    let (mut low, mut high) = (0, len);
    // Pivots at pseudo-random places, so that no order of the input (the
    // terms' ids follow the files) makes the selection quadratic.
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    loop {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        let pivot = order[low + (seed >> 33) as usize % (high - low)];
        // Below `less` is less than the pivot, from `more` on greater; between them equal.
        let (mut less, mut at, mut more) = (low, low, high);
        while at < more {
            match compare(order[at], pivot) {
                Ordering::Less => {
                    order.swap(less, at);
                    less += 1;
                    at += 1;
                }
                Ordering::Greater => {
                    more -= 1;
                    order.swap(at, more);
                }
                Ordering::Equal => at += 1,
            }
        }
        if rank < less {
            high = less;
        } else if rank >= more {
            low = more;
        } else {
            return pivot;
        }
    }
}

/// The positions `0..len` in the order `compare` gives them, ties in
/// position order: a bottom-up merge sort.
fn positions(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    let mut merged = vec![0; len];
    let mut width = 1;
    while width < len {
        for start in (0..len).step_by(2 * width) {
            let middle = (start + width).min(len);
            let end = (start + 2 * width).min(len);
            merge(&order[start..middle], &order[middle..end], &mut merged[start..end], compare);
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    order
}

/// Merges two sorted runs into `out`, taking from `left` on ties.
fn merge(left: &[usize], right: &[usize], out: &mut [usize], compare: &mut dyn FnMut(usize, usize) -> Ordering) {
    let (mut left, mut right) = (left.iter().peekable(), right.iter().peekable());
    for slot in out {
        let from_left = match (left.peek(), right.peek()) {
            (Some(&&a), Some(&&b)) => compare(a, b) != Ordering::Greater,
            (from_left, _) => from_left.is_some(),
        };
        let next = if from_left { left.next() } else { right.next() };
        *slot = next.copied().unwrap_or_default();
    }
}

/// Puts `items` in `order`, a permutation of their positions (the item for
/// place `k` is at `order[k]`), in place: each cycle of the permutation is
/// followed once, swapping as it goes.
fn reorder<T>(items: &mut [T], order: &[usize]) {
    permute(order, &mut |a, b| items.swap(a, b));
}

/// [`reorder`]'s steps, the same for every element type: only the swap is
/// generated per type.
fn permute(order: &[usize], swap: &mut dyn FnMut(usize, usize)) {
    let mut placed = vec![false; order.len()];
    for start in 0..order.len() {
        let mut at = start;
        while !placed[at] {
            placed[at] = true;
            let from = order[at];
            if from == start {
                break;
            }
            swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_sort_by_the_first_number_then_the_second() {
        let mut pairs_ = [(7, 1), (2, 9), (7, 0), (u32::MAX, 0), (0, u32::MAX), (2, 9)];
        pairs(&mut pairs_);
        assert_eq!(pairs_, [(0, u32::MAX), (2, 9), (2, 9), (7, 0), (7, 1), (u32::MAX, 0)]);
        let mut values = [5, u64::MAX, 0, 5];
        numbers(&mut values);
        assert_eq!(values, [0, 5, 5, u64::MAX]);
    }

    #[test]
    fn the_items_kept_are_those_whose_key_reaches_the_limit_th_largest() {
        let keys = [5u64, 9, 1, 9, 7, 5, 3, 9, 0, 5];
        let cases: &[(usize, &[u64])] = &[
            (0, &[5, 9, 1, 9, 7, 5, 3, 9, 0, 5]),
            (1, &[9, 9, 9]),
            (3, &[9, 9, 9]),
            (4, &[9, 9, 7, 9]),
            (5, &[5, 9, 9, 7, 5, 9, 5]),
            (7, &[5, 9, 9, 7, 5, 9, 5]),
            (8, &[5, 9, 9, 7, 5, 3, 9, 5]),
            (10, &[5, 9, 1, 9, 7, 5, 3, 9, 0, 5]),
            (FEW_TO_KEEP + 1, &[5, 9, 1, 9, 7, 5, 3, 9, 0, 5]),
        ];
        for &(limit, expected) in cases {
            let mut items: Vec<(usize, u64)> = keys.iter().copied().enumerate().collect();
            retain_largest(&mut items, limit, |&(_, key)| key);
            let kept: Vec<u64> = items.iter().map(|&(_, key)| key).collect();
            assert_eq!(kept, expected, "limit {limit}");
            assert!(items.windows(2).all(|pair| pair[0].0 < pair[1].0), "limit {limit}: order kept");
        }
    }

    #[test]
    fn float_keys_order_as_total_cmp_orders_the_floats() {
        let values = [2.5, -0.0, f64::INFINITY, 0.0, -1e-300, f64::NEG_INFINITY, 1e-300, -7.25, f64::MIN_POSITIVE];
        for a in values {
            for b in values {
                assert_eq!(float_key(a).cmp(&float_key(b)), a.total_cmp(&b), "{a} against {b}");
            }
        }
    }

    #[test]
    fn floats_sort_as_total_cmp_orders_them() {
        let values = [2.5, -0.0, f64::INFINITY, 0.0, -1e-300, f64::NEG_INFINITY, 1e-300, -7.25, f64::MIN_POSITIVE, 2.5];
        let mut ours = values;
        floats(&mut ours);
        let mut theirs = values;
        theirs.sort_by(f64::total_cmp);
        assert_eq!(ours.map(f64::to_bits), theirs.map(f64::to_bits));
    }

    #[test]
    fn items_are_sorted_and_ties_keep_their_order() {
        type Items = &'static [(u32, char)];
        let cases: &[(Items, Items)] = &[
            (&[], &[]),
            (&[(1, 'a')], &[(1, 'a')]),
            (&[(2, 'a'), (1, 'b')], &[(1, 'b'), (2, 'a')]),
            (
                &[(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (3, 'f'), (0, 'g')],
                &[(0, 'g'), (1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c'), (3, 'f')],
            ),
        ];
        for (items, expected) in cases {
            let mut sorted = items.to_vec();
            sort_by(&mut sorted, |a, b| a.0.cmp(&b.0));
            assert_eq!(sorted, *expected, "{items:?}");
        }
    }

    /// `len` items: a pseudo-random key below `keys` (a power of two) and the item's position.
    fn keyed_positions(seed: &mut u64, len: usize, keys: u64) -> Vec<(u8, usize)> {
        (0..len)
            .map(|position| {
                *seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                ((*seed >> (64 - keys.trailing_zeros())) as u8, position)
            })
            .collect()
    }

    #[test]
    fn the_first_items_are_those_a_whole_sort_by_rank_then_shown_form_keeps() {
        // Shown in the reverse of their positions, so that a tie broken by
        // position instead of by the shown form would show.
        let shown = |item: &(u8, usize)| Cow::<str>::Owned(format!("{:03}", 999 - item.1));
        let mut seed = 11u64;
        for len in 0..120 {
            // Few distinct keys: long runs of ties, as in a report's counts.
            let items = keyed_positions(&mut seed, len, 8);
            for limit in [0, 1, 2, 5, len / 2, len.saturating_sub(1), len, len + 3] {
                let mut expected = items.clone();
                expected.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| shown(a).cmp(&shown(b))));
                expected.truncate(limit);
                let first = top_by(items.clone(), limit, |a, b| a.0.cmp(&b.0), shown);
                assert_eq!(first, expected, "length {len}, limit {limit}");
            }
        }
        let ties = vec![(1, 'd'), (0, 'b'), (1, 'c'), (1, 'a'), (2, 'e')];
        let first = top_by(ties, 3, |a, b| a.0.cmp(&b.0), |item| Cow::Owned(item.1.to_string()));
        assert_eq!(first, [(0, 'b'), (1, 'a'), (1, 'c')]);
    }

    #[test]
    fn choosing_the_first_items_takes_no_quadratic_number_of_comparisons_whatever_the_order() {
        let len = 10_000;
        let orders: [(&str, Vec<u32>); 4] = [
            ("ascending", (0..len).collect()),
            ("descending", (0..len).rev().collect()),
            ("all equal", vec![7; len as usize]),
            ("organ pipe", (0..len).map(|at| at.min(len - at)).collect()),
        ];
        for (name, items) in orders {
            let comparisons = std::cell::Cell::new(0);
            let shown_forms = std::cell::Cell::new(0);
            top_by(
                items,
                10,
                |a, b| {
                    comparisons.set(comparisons.get() + 1);
                    a.cmp(b)
                },
                |_| {
                    shown_forms.set(shown_forms.get() + 1);
                    Cow::Borrowed("")
                },
            );
            // Selecting takes a few per item; all equal, every item is kept and sorted (about 14 each).
            assert!(comparisons.get() < 20 * len as usize, "{name}: {} comparisons", comparisons.get());
            // Each tied item that can be listed is shown once, and no other:
            // all of them when all are equal, the pairs 1, 1 … 5, 5 of the organ pipe.
            let tied = match name {
                "all equal" => len as usize,
                "organ pipe" => 10,
                _ => 0,
            };
            assert_eq!(shown_forms.get(), tied, "{name}");
        }
    }

    #[test]
    fn any_length_sorts_as_the_standard_library_sorts() {
        let mut seed = 7u64;
        for len in 0..300 {
            let items = keyed_positions(&mut seed, len, 32);
            let mut ours = items.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut theirs = items;
            theirs.sort_by_key(|item| item.0);
            assert_eq!(ours, theirs, "length {len}");
        }
    }
}
