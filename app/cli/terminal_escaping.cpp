#include "terminal_escaping.h"

#include <cstdio>

namespace baosong::cli {

TerminalEscapingBuffer::~TerminalEscapingBuffer() {
    release();
    target_->pubsync();
}

void TerminalEscapingBuffer::escape(unsigned value) {
    char text[8];
    std::snprintf(text, sizeof text, "\\u%04x", value);
    target_->sputn(text, 6);
}

void TerminalEscapingBuffer::release() {
    if (!held_.empty()) {
        target_->sputn(held_.data(), static_cast<std::streamsize>(held_.size()));
        held_.clear();
    }
}

// A byte with nothing held: a control is escaped at once; C2 and E2 may start a character
// to escape (C1 controls are C2 80–9F; the bidirectional controls E2 80 AA–AE, E2 81 A6–A9).
void TerminalEscapingBuffer::fresh(unsigned char byte) {
    if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7F) {
        escape(byte);
    } else if (byte == 0xC2 || byte == 0xE2) {
        held_.push_back(static_cast<char>(byte));
    } else {
        target_->sputc(static_cast<char>(byte));
    }
}

void TerminalEscapingBuffer::put(unsigned char byte) {
    if (held_.empty()) {
        fresh(byte);
        return;
    }
    const auto lead = static_cast<unsigned char>(held_[0]);
    if (lead == 0xC2) {
        held_.clear();
        if (byte >= 0x80 && byte <= 0x9F) {
            escape(byte);
            return;
        }
        target_->sputc(static_cast<char>(lead));
        fresh(byte);
        return;
    }
    if (held_.size() == 1) {  // E2, then 80 or 81 may lead to a bidirectional control
        if (byte == 0x80 || byte == 0x81) {
            held_.push_back(static_cast<char>(byte));
            return;
        }
        release();
        fresh(byte);
        return;
    }
    const unsigned value =
        0x2000u | ((static_cast<unsigned char>(held_[1]) & 0x3Fu) << 6) | (byte & 0x3Fu);
    if ((value >= 0x202A && value <= 0x202E) || (value >= 0x2066 && value <= 0x2069)) {
        held_.clear();
        escape(value);
        return;
    }
    release();
    fresh(byte);
}

TerminalEscapingBuffer::int_type TerminalEscapingBuffer::overflow(int_type ch) {
    if (!traits_type::eq_int_type(ch, traits_type::eof())) {
        put(static_cast<unsigned char>(traits_type::to_char_type(ch)));
    }
    return traits_type::not_eof(ch);
}

std::streamsize TerminalEscapingBuffer::xsputn(const char* s, std::streamsize n) {
    for (std::streamsize i = 0; i < n; ++i) {
        put(static_cast<unsigned char>(s[i]));
    }
    return n;
}

int TerminalEscapingBuffer::sync() {
    // A character split across two writes stays held; only the target is flushed.
    return target_->pubsync();
}

}  // namespace baosong::cli
