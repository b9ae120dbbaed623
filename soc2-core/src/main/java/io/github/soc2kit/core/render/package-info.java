/**
 * {@code soc2:render}: the policy site, system description, compliance calendar, findings and the PDF of the
 * policy set, from Freemarker templates over plain data (maps, lists, strings, numbers, booleans).
 */
@NullMarked
package io.github.soc2kit.core.render;

import org.jspecify.annotations.NullMarked;
