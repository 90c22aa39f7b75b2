/**
 * The validation rules, issue codes and messages (zh-CN default, English alongside).
 */
@NullMarked
package org.unionstats.validation;

import org.jspecify.annotations.NullMarked;
