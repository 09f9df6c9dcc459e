package org.massode.data;

/** Which half of a dataset: the training split or the held-out test split. */
public enum Split {
    TRAIN, TEST
}
