/**
 * The feedback a federation gets for every processed file: an annotated copy of its
 * workbook with a first sheet {@code 校验结果}, and the same issues as JSON.
 */
@NullMarked
package org.unionstats.feedback;

import org.jspecify.annotations.NullMarked;
