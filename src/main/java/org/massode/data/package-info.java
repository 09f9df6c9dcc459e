/**
 * Datasets: where they are ({@link org.massode.data.DatasetLocator}: {@code --data-dir}, {@code MASSODE_DATA},
 * {@code ~/.massode/datasets}, verified download), what they must contain ({@code datasets-config/<name>.yaml},
 * {@link org.massode.data.DatasetConfig}), how they are read (IDX: {@link org.massode.data.IdxReader},
 * {@link org.massode.data.MnistData}; CIFAR-10: {@code cifar}; IMDB: {@code imdb}, text features: {@code text}) and
 * how they are fed to DL4J (seeded per-epoch iterators). Bad files fail with a {@link org.massode.data.DataFileException}
 * naming the file and the problem; missing data with a {@link org.massode.data.DatasetNotFoundException} naming the
 * folders searched and the files expected.
 */
package org.massode.data;
