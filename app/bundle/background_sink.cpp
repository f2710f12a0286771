#include "background_sink.h"

namespace baosong::app::bundle {

BackgroundSink::BackgroundSink(crypto::ByteSink& next) : next_(next) {
    filling_.reserve(kSlotBytes);
    worker_ = std::thread([this] { run(); });
}

BackgroundSink::~BackgroundSink() {
    {
        const std::lock_guard lock(mutex_);
        closing_ = true;
        queue_.clear();
    }
    changed_.notify_all();
    if (worker_.joinable()) {
        worker_.join();
    }
}

void BackgroundSink::run() {
    for (;;) {
        std::vector<std::uint8_t> buffer;
        {
            std::unique_lock lock(mutex_);
            changed_.wait(lock, [this] { return closing_ || !queue_.empty(); });
            if (queue_.empty()) {
                return;  // closing, nothing left
            }
            buffer = std::move(queue_.front());
            queue_.pop_front();
            busy_ = true;
        }
        changed_.notify_all();  // a slot is free
        try {
            next_.write(buffer);
        } catch (...) {
            const std::lock_guard lock(mutex_);
            if (!error_) {
                error_ = std::current_exception();
            }
            queue_.clear();
        }
        {
            const std::lock_guard lock(mutex_);
            busy_ = false;
        }
        changed_.notify_all();
    }
}

void BackgroundSink::rethrow() {
    if (error_) {
        std::rethrow_exception(error_);
    }
}

void BackgroundSink::hand(std::vector<std::uint8_t>&& buffer) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return error_ || queue_.size() < kSlots; });
    rethrow();
    queue_.push_back(std::move(buffer));
    lock.unlock();
    changed_.notify_all();
}

void BackgroundSink::write(std::span<const std::uint8_t> bytes) {
    while (!bytes.empty()) {
        const std::size_t take = std::min(bytes.size(), kSlotBytes - filling_.size());
        filling_.insert(filling_.end(), bytes.begin(),
                        bytes.begin() + static_cast<std::ptrdiff_t>(take));
        bytes = bytes.subspan(take);
        if (filling_.size() == kSlotBytes) {
            std::vector<std::uint8_t> full;
            full.reserve(kSlotBytes);
            full.swap(filling_);
            hand(std::move(full));
        }
    }
}

void BackgroundSink::finish() {
    if (!filling_.empty()) {
        hand(std::move(filling_));
        filling_ = {};
    }
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return error_ || (queue_.empty() && !busy_); });
    rethrow();
}

}  // namespace baosong::app::bundle
