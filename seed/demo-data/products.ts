// Demo products for the West Yorkshire and Harrogate pipeline, split across two files for size.
import type { DatasetProduct } from "../dataset-schema";
import { productsPart1 } from "./products-1";
import { productsPart2 } from "./products-2";

export const products: DatasetProduct[] = [...productsPart1, ...productsPart2];
