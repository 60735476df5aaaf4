package dev.spotrec.datasets.internal;

import java.util.Arrays;

/** A growable list of primitive ints, to keep millions of indices without boxing. */
final class IntList {
    private int[] data;
    private int size;

    IntList() {
        this(16);
    }

    IntList(int capacity) {
        data = new int[Math.max(4, capacity)];
    }

    void add(int value) {
        if (size == data.length) {
            data = Arrays.copyOf(data, data.length + (data.length >> 1) + 1);
        }
        data[size++] = value;
    }

    int get(int i) {
        return data[i];
    }

    void set(int i, int value) {
        data[i] = value;
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    boolean contains(int value) {
        for (int i = 0; i < size; i++) {
            if (data[i] == value) {
                return true;
            }
        }
        return false;
    }

    int[] toArray() {
        return Arrays.copyOf(data, size);
    }
}
