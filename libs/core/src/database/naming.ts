import { SnakeNamingStrategy } from 'typeorm-naming-strategies';

export const namingStrategy = new SnakeNamingStrategy();
